package org.raddeid.hl7;

import org.junit.jupiter.api.Test;
import java.nio.file.*;

class SmokeTest {
    @Test
    void print() throws Exception {
        for (Path p : Samples.all()) {
            var split = MessageSplitter.split(Files.readString(p));
            for (var m : split.messages()) {
                var o = Samples.bridge("surrogate").process(m);
                System.out.println("=== " + p.getFileName() + " #" + m.index() + " " + (o.ok() ? "OK" : o.rejection().describe()));
                if (o.ok()) { System.out.println(o.text().replace('\r', '\n')); System.out.println(o.stats().fields()); System.out.println(o.stats().textSpans() + " emptied " + o.stats().segmentsEmptied()); }
            }
        }
    }
}
