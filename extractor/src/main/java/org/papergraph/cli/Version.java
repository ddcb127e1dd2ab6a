package org.papergraph.cli;

import org.papergraph.config.BuildInfo;
import picocli.CommandLine;

/** The version printed by {@code --version}. */
public final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"papergraph " + BuildInfo.version()};
    }
}
