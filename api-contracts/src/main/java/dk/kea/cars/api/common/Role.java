package dk.kea.cars.api.common;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Employee roles of spec §3: admin ⊇ manager ⊇ sales person; auditor reads everything and writes nothing. */
public enum Role {
    @JsonProperty("admin") ADMIN,
    @JsonProperty("manager") MANAGER,
    @JsonProperty("sales_person") SALES_PERSON,
    @JsonProperty("auditor") AUDITOR;

    /** The name used in JSON and in the {@code role} claim of a token. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Role fromWireName(String name) {
        for (Role role : values()) {
            if (role.wireName().equals(name)) {
                return role;
            }
        }
        throw new IllegalArgumentException("Unknown role");
    }
}
