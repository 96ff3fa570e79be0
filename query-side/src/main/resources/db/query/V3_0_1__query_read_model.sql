-- The employee read model of query-side (qry_* tables), rebuilt from events on replay.
-- Portable SQL: H2, MySQL and MariaDB run it unchanged; UUIDs are CHAR(36) everywhere, flags BOOLEAN, money
-- DECIMAL(12, 2). Every row keeps version = sequence of the last applied event of its aggregate.

CREATE TABLE qry_brand (
    id       CHAR(36)      NOT NULL,
    name     VARCHAR(45)   NOT NULL,
    logo_url VARCHAR(2048) NOT NULL,
    version  BIGINT        NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE qry_color (
    id          CHAR(36)       NOT NULL,
    name        VARCHAR(45)    NOT NULL,
    price       DECIMAL(12, 2) NOT NULL,
    red_value   INT            NOT NULL,
    green_value INT            NOT NULL,
    blue_value  INT            NOT NULL,
    version     BIGINT         NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE qry_accessory (
    id      CHAR(36)       NOT NULL,
    name    VARCHAR(45)    NOT NULL,
    price   DECIMAL(12, 2) NOT NULL,
    version BIGINT         NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE qry_insurance (
    id      CHAR(36)       NOT NULL,
    name    VARCHAR(45)    NOT NULL,
    price   DECIMAL(12, 2) NOT NULL,
    version BIGINT         NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE qry_model (
    id        CHAR(36)       NOT NULL,
    brand_id  CHAR(36)       NOT NULL,
    name      VARCHAR(60)    NOT NULL,
    price     DECIMAL(12, 2) NOT NULL,
    image_url VARCHAR(2048)  NOT NULL,
    version   BIGINT         NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_qry_model_brand ON qry_model (brand_id);

-- the colors a model is offered in, in the model's order
CREATE TABLE qry_model_color (
    model_id CHAR(36) NOT NULL,
    position INT      NOT NULL,
    color_id CHAR(36) NOT NULL,
    PRIMARY KEY (model_id, position),
    CONSTRAINT fk_qry_model_color_model FOREIGN KEY (model_id) REFERENCES qry_model (id)
);

-- no password hash: only auth-query needs it
CREATE TABLE qry_employee (
    id         CHAR(36)     NOT NULL,
    email      VARCHAR(100) NOT NULL,
    first_name VARCHAR(50)  NOT NULL,
    last_name  VARCHAR(50)  NOT NULL,
    role       VARCHAR(20)  NOT NULL,
    deleted    BOOLEAN      NOT NULL,
    version    BIGINT       NOT NULL,
    PRIMARY KEY (id)
);

-- email is not unique: a deleted customer's email may be used again; email_lower serves the
-- case-insensitive filter through a plain index on every database
CREATE TABLE qry_customer (
    id           CHAR(36)     NOT NULL,
    email        VARCHAR(100) NOT NULL,
    email_lower  VARCHAR(100) NOT NULL,
    phone_number VARCHAR(40),
    first_name   VARCHAR(45)  NOT NULL,
    last_name    VARCHAR(45)  NOT NULL,
    address      VARCHAR(255),
    deleted      BOOLEAN      NOT NULL,
    version      BIGINT       NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_qry_customer_email_lower ON qry_customer (email_lower);

-- total_price is frozen at creation; purchased mirrors purchase_id IS NOT NULL for an indexed filter
CREATE TABLE qry_car (
    id                CHAR(36)       NOT NULL,
    customer_id       CHAR(36)       NOT NULL,
    employee_id       CHAR(36)       NOT NULL,
    model_id          CHAR(36)       NOT NULL,
    color_id          CHAR(36)       NOT NULL,
    purchase_deadline DATE           NOT NULL,
    total_price       DECIMAL(12, 2) NOT NULL,
    purchase_id       CHAR(36),
    purchased         BOOLEAN        NOT NULL,
    deleted           BOOLEAN        NOT NULL,
    version           BIGINT         NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_qry_car_customer ON qry_car (customer_id);
CREATE INDEX ix_qry_car_employee ON qry_car (employee_id);
CREATE INDEX ix_qry_car_purchased ON qry_car (purchased);
CREATE INDEX ix_qry_car_purchase ON qry_car (purchase_id);
CREATE INDEX ix_qry_car_deadline ON qry_car (purchase_deadline);

-- a car's accessories and insurances, in the order the car lists them
CREATE TABLE qry_car_accessory (
    car_id       CHAR(36) NOT NULL,
    position     INT      NOT NULL,
    accessory_id CHAR(36) NOT NULL,
    PRIMARY KEY (car_id, position),
    CONSTRAINT fk_qry_car_accessory_car FOREIGN KEY (car_id) REFERENCES qry_car (id)
);

CREATE TABLE qry_car_insurance (
    car_id       CHAR(36) NOT NULL,
    position     INT      NOT NULL,
    insurance_id CHAR(36) NOT NULL,
    PRIMARY KEY (car_id, position),
    CONSTRAINT fk_qry_car_insurance_car FOREIGN KEY (car_id) REFERENCES qry_car (id)
);

-- the owner of a purchase is its car's employee: the employee filter joins qry_car
CREATE TABLE qry_purchase (
    id               CHAR(36) NOT NULL,
    car_id           CHAR(36) NOT NULL,
    date_of_purchase DATE     NOT NULL,
    deleted          BOOLEAN  NOT NULL,
    version          BIGINT   NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_qry_purchase_car ON qry_purchase (car_id);
CREATE INDEX ix_qry_purchase_date ON qry_purchase (date_of_purchase);
