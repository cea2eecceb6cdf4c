#!/bin/bash
# Runs once, when the postgres container starts on an empty data volume: one database per service,
# all owned by the services' role (QUADS_DB_USER), and Keycloak's database with its own role.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v quads_user="$QUADS_DB_USER" -v quads_password="$QUADS_DB_PASSWORD" \
  -v keycloak_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
CREATE ROLE :"quads_user" LOGIN PASSWORD :'quads_password';
CREATE ROLE keycloak LOGIN PASSWORD :'keycloak_password';
CREATE DATABASE authority OWNER :"quads_user";
CREATE DATABASE rubric OWNER :"quads_user";
CREATE DATABASE quad OWNER :"quads_user";
CREATE DATABASE notification OWNER :"quads_user";
CREATE DATABASE keycloak OWNER keycloak;
SQL
