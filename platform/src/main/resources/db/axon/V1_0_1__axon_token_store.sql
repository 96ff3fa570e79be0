-- Axon's JPA token store: the position of every tracking processor backed by this database.
-- Portable SQL: the same script runs on H2 (standalone, tests), MySQL (production) and MariaDB (CI).
CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INT          NOT NULL,
    owner          VARCHAR(255),
    timestamp      VARCHAR(255) NOT NULL,
    token          LONGBLOB,
    token_type     VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);
