package org.iidrules.examples.cli;

import java.io.PrintWriter;

import org.iidrules.IidException;
import org.iidrules.InvalidSubmissionException;
import org.iidrules.Language;
import org.iidrules.RuleSetException;
import org.iidrules.UnknownYearException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code iid} command: scores submissions and lists the rule sets. */
@Command(name = "iid",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = Iid.Version.class,
        description = "Computes Indonesia's Regional Innovation Index (Indeks Inovasi Daerah) under a methodology year.",
        subcommands = {ScoreCommand.class, YearsCommand.class, CatalogueCommand.class, TestCommand.class, NationCommand.class,
                ExplainCommand.class, DiffCommand.class, AuditCommand.class, ExportCommand.class, NewYearCommand.class, LockCommand.class, ValidateCommand.class,
                CommandLine.HelpCommand.class})
public final class Iid {

    /**
     * Exit codes: 0 scored, 1 the input is invalid, 2 the command line is wrong, 3 a rule set is broken,
     * 5 an audit or the lock check found a difference from what was recorded.
     */
    static final int INVALID_INPUT = 1;
    static final int USAGE = 2;
    static final int RULE_SET = 3;
    static final int DIFFERS = 5;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Iid());
        cli.setOut(out);
        cli.setErr(err);
        // --lang on every command that speaks both languages: one conversion, one message for a wrong tag.
        cli.registerConverter(Language.class, tag -> {
            try {
                return Language.of(tag);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        });
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof InvalidSubmissionException || e instanceof UnknownYearException) {
                err.println(e.getMessage());
                return e instanceof UnknownYearException ? USAGE : INVALID_INPUT;
            }
            if (e instanceof RuleSetException) {
                err.println(e.getMessage());
                return RULE_SET;
            }
            if (e instanceof IidException) {
                err.println(e.getMessage());
                return INVALID_INPUT;
            }
            throw e;
        });
        try {
            return cli.execute(args);
        } finally {
            // A command may print without a newline (JSON): flush here, once, so nothing is lost when the
            // process exits (an autoflush writer flushes only on println).
            out.flush();
            err.flush();
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"iid " + org.iidrules.engine.LibraryVersion.get()};
        }
    }
}
