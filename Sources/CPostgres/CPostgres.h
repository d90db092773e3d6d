/*
 * CPostgres — libpq, PostgreSQL's C client (Debian: libpq-dev), for the team memory.
 * The only place that includes libpq's headers; pkg-config libpq gives their directory.
 */
#include <libpq-fe.h>
