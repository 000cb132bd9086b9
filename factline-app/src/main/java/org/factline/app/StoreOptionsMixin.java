package org.factline.app;

import picocli.CommandLine.ArgGroup;

/** Adds the store options to a command, in a section of their own in its help. */
final class StoreOptionsMixin {

    @ArgGroup(exclusive = false, heading = "%nStore:%n")
    StoreOptions options = new StoreOptions();
}
