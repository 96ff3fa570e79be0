package dk.kea.cars.api.personaldata;

/** What every API shows in place of a personal field it cannot read: one wording for all of them. */
public final class PersonalDataMarks {

    /** The person was erased (the key is deleted): the field is gone for good. */
    public static final String ERASED = "[erased]";

    /** The ciphertext does not authenticate under the person's key: altered, or moved from another person. */
    public static final String UNREADABLE = "[unreadable]";

    private PersonalDataMarks() {
    }

    public static boolean isMark(String shown) {
        return ERASED.equals(shown) || UNREADABLE.equals(shown);
    }
}
