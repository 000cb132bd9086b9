package org.factline.app;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, so that it is written in one place: the POM. */
final class Version implements IVersionProvider {

    /** Factline's version, as the POM gives it: "0.1.0-SNAPSHOT", or "(development build)" outside a jar. */
    static String number() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v != null ? v : "(development build)";
    }

    @Override
    public String[] getVersion() {
        return new String[] {"factline " + number(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
