package org.papergraph.config;

/** The version of this build, from the jar manifest (or the development version when run from classes). */
public final class BuildInfo {
    private static final String DEVELOPMENT = "0.1.0-SNAPSHOT";

    private BuildInfo() {
    }

    public static String version() {
        String v = BuildInfo.class.getPackage().getImplementationVersion();
        return v == null ? DEVELOPMENT : v;
    }
}
