package org.factline.app;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, so that it is written in one place: the POM. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"factline " + (v != null ? v : "(development build)"),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
