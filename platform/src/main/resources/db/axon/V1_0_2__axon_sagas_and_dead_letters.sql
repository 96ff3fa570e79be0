-- Axon registers its saga store and dead-letter queue entities with JPA wherever JPA is present; their tables
-- exist so the schema matches the entities, even where no saga or dead-letter queue is configured.
-- Dead letters keep Axon's default 10 000-byte LOB columns (BLOB on MySQL), which is what Hibernate validates.
CREATE TABLE saga_entry (
    saga_id         VARCHAR(255) NOT NULL,
    revision        VARCHAR(255),
    saga_type       VARCHAR(255),
    serialized_saga LONGBLOB,
    PRIMARY KEY (saga_id)
);

CREATE TABLE association_value_entry (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    association_key   VARCHAR(255) NOT NULL,
    association_value VARCHAR(255),
    saga_id           VARCHAR(255) NOT NULL,
    saga_type         VARCHAR(255),
    PRIMARY KEY (id)
);
CREATE INDEX ix_association_value_lookup ON association_value_entry (saga_type, association_key, association_value);
CREATE INDEX ix_association_value_saga ON association_value_entry (saga_id, saga_type);

CREATE TABLE dead_letter_entry (
    dead_letter_id       VARCHAR(255)  NOT NULL,
    cause_message        VARCHAR(1023),
    cause_type           VARCHAR(255),
    diagnostics          BLOB    ,
    enqueued_at          TIMESTAMP(6)  NOT NULL,
    last_touched         TIMESTAMP(6),
    aggregate_identifier VARCHAR(255),
    event_identifier     VARCHAR(255)  NOT NULL,
    message_type         VARCHAR(255)  NOT NULL,
    meta_data            BLOB    ,
    payload              BLOB          NOT NULL,
    payload_revision     VARCHAR(255),
    payload_type         VARCHAR(255)  NOT NULL,
    sequence_number      BIGINT,
    time_stamp           VARCHAR(255)  NOT NULL,
    token                BLOB    ,
    token_type           VARCHAR(255),
    type                 VARCHAR(255),
    processing_group     VARCHAR(255)  NOT NULL,
    processing_started   TIMESTAMP(6),
    sequence_identifier  VARCHAR(255)  NOT NULL,
    sequence_index       BIGINT        NOT NULL,
    PRIMARY KEY (dead_letter_id),
    CONSTRAINT uk_dead_letter_sequence UNIQUE (processing_group, sequence_identifier, sequence_index)
);
CREATE INDEX ix_dead_letter_group ON dead_letter_entry (processing_group);
CREATE INDEX ix_dead_letter_sequence ON dead_letter_entry (processing_group, sequence_identifier);
