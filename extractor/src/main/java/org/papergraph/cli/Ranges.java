package org.papergraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Range checks of numeric option values, reported by picocli as usage errors (exit 2) naming the option. */
final class Ranges {
    private Ranges() {
    }

    static int check(CommandSpec spec, String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new CommandLine.ParameterException(spec.commandLine(), String.format(
                    "Invalid value for option '%s': %d is not %s", option, value,
                    max == Integer.MAX_VALUE ? "at least " + min : "between " + min + " and " + max));
        }
        return value;
    }

    static double check(CommandSpec spec, String option, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new CommandLine.ParameterException(spec.commandLine(), String.format(
                    "Invalid value for option '%s': %s is not between %s and %s", option, value, min, max));
        }
        return value;
    }
}
