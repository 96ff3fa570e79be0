-- Least-privilege MySQL users for production (run once as an administrator; passwords come from your secret store,
-- never from this file). Each service owns one database; schema changes run as a separate migration user.
--   kea_command: command-side lookups, name claims, tokens (events live in Axon Server)
--   kea_query:   query-side read model and its tokens
-- The grants are database-wide, so a service's database holds that service's tables only. In production neither
-- database holds an event table: events live in Axon Server.
--
-- CI (.ci/run) applies this file to MariaDB with throwaway passwords and runs the store tests as these users:
-- query-side as kea_query in kea_query (its tests add Axon's JPA event store there, as the stand-in for Axon Server),
-- and the standalone app as kea_command in kea_command. Standalone is command and query side plus the event store in
-- one JVM and one database, so it needs exactly what kea_command has there (data only, no DDL) and nothing else.
-- CI fails on any grant beyond the ones below (an allow-list, checked before the tests), then checks with real
-- statements that kea_query can neither read nor write the standalone run's event store (in kea_command) nor create
-- or alter tables, that kea_command cannot touch kea_query nor change a table, and that neither migration user
-- reaches the other database.
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
