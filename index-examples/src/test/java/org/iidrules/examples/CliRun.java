package org.iidrules.examples;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.iidrules.examples.cli.Iid;

/** One in-process run of the iid command line: its exit code and what it printed. */
record CliRun(int exit, String out, String err) {

    static CliRun iid(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err);
        int exit = Iid.run(args, o, e);
        o.flush();
        e.flush();
        return new CliRun(exit, out.toString(), err.toString());
    }
}
