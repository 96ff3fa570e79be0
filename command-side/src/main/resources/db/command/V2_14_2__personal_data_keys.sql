-- One key per person whose personal data the events carry encrypted (crypto-shredding, docs/architecture.md,
-- Personal data). An erasure clears key_material and sets erased_at; the row stays, so an erased person is told from
-- one stored before encryption, and no key is made again for that person. Never emptied by a rebuild.
-- Portable SQL: H2, MySQL and MariaDB run it unchanged; UUIDs are CHAR(36) everywhere.
CREATE TABLE cmd_personal_data_key (
    subject_id   CHAR(36)      NOT NULL,
    key_material VARBINARY(32) NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    erased_at    TIMESTAMP(6)  NULL,
    PRIMARY KEY (subject_id)
);
