-- Least-privilege MySQL users for production (run once as an administrator; passwords come from your secret store,
-- never from this file). Each service owns one database; schema changes run as a separate migration user.
--   kea_command: command-side lookups, name claims, tokens (events live in Axon Server)
--   kea_query:   query-side read model and its tokens
CREATE DATABASE IF NOT EXISTS kea_command CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE IF NOT EXISTS kea_query CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- Flyway migrations (run at deploy time with SPRING_FLYWAY_USER / SPRING_FLYWAY_PASSWORD)
CREATE USER IF NOT EXISTS 'kea_command_migrate'@'%' IDENTIFIED BY '${KEA_COMMAND_MIGRATE_PASSWORD}';
GRANT CREATE, ALTER, DROP, INDEX, REFERENCES, SELECT, INSERT, UPDATE, DELETE ON kea_command.* TO 'kea_command_migrate'@'%';
CREATE USER IF NOT EXISTS 'kea_query_migrate'@'%' IDENTIFIED BY '${KEA_QUERY_MIGRATE_PASSWORD}';
GRANT CREATE, ALTER, DROP, INDEX, REFERENCES, SELECT, INSERT, UPDATE, DELETE ON kea_query.* TO 'kea_query_migrate'@'%';

-- Runtime users: data only, no DDL, and no access to the other service's database.
CREATE USER IF NOT EXISTS 'kea_command'@'%' IDENTIFIED BY '${KEA_COMMAND_DB_PASSWORD}';
GRANT SELECT, INSERT, UPDATE, DELETE ON kea_command.* TO 'kea_command'@'%';
CREATE USER IF NOT EXISTS 'kea_query'@'%' IDENTIFIED BY '${KEA_QUERY_DB_PASSWORD}';
GRANT SELECT, INSERT, UPDATE, DELETE ON kea_query.* TO 'kea_query'@'%';
-- query-side reads events through Axon Server, never from a database: it has no grant on any event table.
