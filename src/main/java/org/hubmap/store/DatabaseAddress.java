package org.hubmap.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where a shared store is, as libpq's connection URI gives it ({@code postgresql://USER@HOST:PORT/DATABASE?...}),
 * which psql and QGIS users already write. What the URI leaves out comes from libpq's environment variables and
 * defaults: {@code PGHOST} or localhost, {@code PGPORT} or 5432, {@code PGUSER} or the login name, {@code
 * PGDATABASE} or the user's name. A password is taken from the URI, {@code PGPASSWORD}, or {@code ~/.pgpass} (which
 * the driver reads); {@code sslmode} and the other TLS parameters are passed on as libpq names them.
 */
public final class DatabaseAddress {
    private static final java.util.Set<String> PASSED_ON = java.util.Set.of("sslmode", "sslrootcert", "sslcert",
            "sslkey", "sslpassword", "connect_timeout", "application_name", "options", "target_session_attrs");

    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private final String password;
    private final Map<String, String> parameters;

    public DatabaseAddress(String host, int port, String database, String user, String password,
            Map<String, String> parameters) {
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
        this.parameters = Map.copyOf(parameters);
    }

    /**
     * Reads a libpq connection URI.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static DatabaseAddress parse(String uri) {
        return parse(uri, System.getenv());
    }

    static DatabaseAddress parse(String uri, Map<String, String> environment) {
        String rest;
        if (uri.startsWith("postgresql://")) {
            rest = uri.substring("postgresql://".length());
        } else if (uri.startsWith("postgres://")) {
            rest = uri.substring("postgres://".length());
        } else {
            throw new IllegalArgumentException("'" + uri + "' is not a PostgreSQL connection URI; write it as"
                    + " postgresql://USER@HOST:PORT/DATABASE");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        int query = rest.indexOf('?');
        if (query >= 0) {
            for (String pair : rest.substring(query + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                if (equals < 0) {
                    throw new IllegalArgumentException("the parameter '" + pair + "' of '" + uri
                            + "' has no value; write it as NAME=VALUE");
                }
                parameters.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
            }
            rest = rest.substring(0, query);
        }
        String path = "";
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            path = decode(rest.substring(slash + 1));
            rest = rest.substring(0, slash);
        }
        String user = null;
        String password = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String credentials = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = credentials.indexOf(':');
            user = decode(colon >= 0 ? credentials.substring(0, colon) : credentials);
            password = colon >= 0 ? decode(credentials.substring(colon + 1)) : null;
        }
        String host = rest;
        Integer port = null;
        int colon = rest.lastIndexOf(':');
        if (colon >= 0 && !rest.endsWith("]")) {
            host = rest.substring(0, colon);
            port = port(rest.substring(colon + 1), uri);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        host = decode(host);
        user = firstOf(user, parameters.remove("user"), environment.get("PGUSER"), System.getProperty("user.name"));
        password = firstOf(password, parameters.remove("password"), environment.get("PGPASSWORD"));
        String hostParameter = parameters.remove("host");
        host = firstOf(host.isEmpty() ? null : host, hostParameter, environment.get("PGHOST"), "localhost");
        String portParameter = parameters.remove("port");
        if (port == null) {
            String text = firstOf(portParameter, environment.get("PGPORT"));
            port = text == null ? 5432 : port(text, uri);
        }
        String database = firstOf(path.isEmpty() ? null : path, parameters.remove("dbname"),
                environment.get("PGDATABASE"), user);
        if (!parameters.containsKey("sslmode") && environment.get("PGSSLMODE") != null) {
            parameters.put("sslmode", environment.get("PGSSLMODE"));
        }
        for (String name : parameters.keySet()) {
            if (!PASSED_ON.contains(name)) {
                throw new IllegalArgumentException("'" + uri + "' has the parameter '" + name + "', which HubMap"
                        + " does not know; it takes " + String.join(", ", new java.util.TreeSet<>(PASSED_ON)));
            }
        }
        return new DatabaseAddress(host, port, database, user, password, parameters);
    }

    private static int port(String text, String uri) {
        try {
            int port = Integer.parseInt(text);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // Said below.
        }
        throw new IllegalArgumentException("'" + text + "' in '" + uri + "' is not a port number");
    }

    @SafeVarargs
    private static <T> T firstOf(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    public String user() {
        return user;
    }

    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /** The same place with {@code newPassword}, as typed by the user when the server asks for one. */
    public DatabaseAddress withPassword(String newPassword) {
        return new DatabaseAddress(host, port, database, user, newPassword, parameters);
    }

    /** The libpq parameters passed on, such as {@code sslmode}. */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** The JDBC driver's URL for it. */
    String jdbcUrl() {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + shownHost + ":" + port + "/" + encode(database);
    }

    /** What the JDBC driver is given besides the URL. */
    Properties driverProperties() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            switch (parameter.getKey()) {
                case "connect_timeout" -> {
                    properties.setProperty("connectTimeout", parameter.getValue());
                    properties.setProperty("loginTimeout", parameter.getValue());
                }
                case "application_name" -> properties.setProperty("ApplicationName", parameter.getValue());
                case "target_session_attrs" -> properties.setProperty("targetServerType", parameter.getValue());
                default -> properties.setProperty(parameter.getKey(), parameter.getValue());
            }
        }
        // The driver's connectTimeout bounds only the TCP connection; a server that takes it and then never answers
        // (frozen, or behind a broken network) would keep the caller waiting for ever. libpq's connect_timeout
        // bounds the whole of connecting, which loginTimeout does.
        properties.putIfAbsent("connectTimeout", "10");
        properties.putIfAbsent("loginTimeout", "10");
        properties.putIfAbsent("ApplicationName", "HubMap");
        // Without this the driver takes sslmode=prefer's fallback silently; libpq users expect prefer as default.
        properties.putIfAbsent("sslmode", "prefer");
        return properties;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The URI, without the password: for messages and the list of recent stores. */
    @Override
    public String toString() {
        StringBuilder uri = new StringBuilder("postgresql://").append(encodeUser(user)).append('@')
                .append(host.contains(":") ? "[" + host + "]" : host).append(':').append(port).append('/')
                .append(encode(database));
        String separator = "?";
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (!parameter.getKey().equals("sslpassword")) {
                uri.append(separator).append(parameter.getKey()).append('=').append(encode(parameter.getValue()));
                separator = "&";
            }
        }
        return uri.toString();
    }

    private static String encodeUser(String name) {
        return encode(name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DatabaseAddress address && address.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
