package dk.kea.cars.command.naming;

/** The kinds of entity whose names are unique among their own kind (spec §5). */
public enum NameScope {
    BRAND("A brand named '%s' already exists"),
    COLOR("A color named '%s' already exists"),
    ACCESSORY("An accessory named '%s' already exists"),
    INSURANCE("An insurance named '%s' already exists"),
    EMPLOYEE_EMAIL("An employee with email '%s' already exists"),
    CUSTOMER_EMAIL("A customer with email '%s' already exists");

    private final String conflictMessage;

    NameScope(String conflictMessage) {
        this.conflictMessage = conflictMessage;
    }

    public String conflictMessage(String name) {
        return String.format(conflictMessage, name);
    }
}
