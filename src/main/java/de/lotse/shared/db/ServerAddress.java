package de.lotse.shared.db;

/** JDBC coordinates of a PostgreSQL server and database. */
record ServerAddress(String url, String user, String password) {

    /** The same server, but another database on it. */
    ServerAddress withDatabase(String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int slash = base.lastIndexOf('/');
        if (slash < "jdbc:postgresql://".length()) {
            throw new IllegalArgumentException("Cannot find the database name in JDBC URL " + url);
        }
        return new ServerAddress(base.substring(0, slash + 1) + database + params, user, password);
    }
}
