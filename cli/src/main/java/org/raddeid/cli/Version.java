package org.raddeid.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version recorded in the jar manifest (or "development" when run from classes). */
public final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"raddeid " + (v == null ? "development build" : v)};
    }
}
