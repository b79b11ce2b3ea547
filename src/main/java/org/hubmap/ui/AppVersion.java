package org.hubmap.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** HubMap's version, as Maven recorded it in the jar. */
final class AppVersion {
    private static final String POM_PROPERTIES = "/META-INF/maven/org.hubmap/hubmap/pom.properties";

    private AppVersion() {
    }

    /** The version, or "development build" when running from compiled classes rather than a jar. */
    static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version");
                if (version != null && !version.isBlank()) {
                    return version;
                }
            }
        } catch (IOException e) {
            // An unreadable record of the version is no reason to fail; say what we know.
        }
        return "development build";
    }
}
