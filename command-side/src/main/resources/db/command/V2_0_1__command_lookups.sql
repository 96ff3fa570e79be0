-- The command side's own tables: name claims (set-based uniqueness) and the lookups cars and authorisation need.
-- Portable SQL: H2, MySQL and MariaDB run it unchanged; UUIDs are CHAR(36) everywhere.
CREATE TABLE cmd_name_claim (
    claim_key VARCHAR(120) NOT NULL,
    scope     VARCHAR(20)  NOT NULL,
    name_key  VARCHAR(90)  NOT NULL,
    owner_id  CHAR(36)     NOT NULL,
    PRIMARY KEY (claim_key)
);

CREATE TABLE cmd_employee_access (
    id      CHAR(36)    NOT NULL,
    role    VARCHAR(20) NOT NULL,
    deleted BOOLEAN     NOT NULL,
    version BIGINT      NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE cmd_reference (
    id      CHAR(36)      NOT NULL,
    kind    VARCHAR(20)   NOT NULL,
    price   DECIMAL(12, 2),
    deleted BOOLEAN       NOT NULL,
    version BIGINT        NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE cmd_reference_color (
    model_id CHAR(36) NOT NULL,
    color_id CHAR(36) NOT NULL,
    PRIMARY KEY (model_id, color_id),
    CONSTRAINT fk_cmd_reference_color_model FOREIGN KEY (model_id) REFERENCES cmd_reference (id)
);

CREATE TABLE cmd_car (
    id          CHAR(36) NOT NULL,
    customer_id CHAR(36) NOT NULL,
    purchase_id CHAR(36),
    deleted     BOOLEAN  NOT NULL,
    version     BIGINT   NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_cmd_car_customer ON cmd_car (customer_id);
