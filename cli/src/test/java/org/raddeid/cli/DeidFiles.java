package org.raddeid.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Helpers for the deid tests: run the command on files in a directory and read what it wrote. */
record DeidFiles(Path dir) {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Writes {@code content} as UTF-8 to {@code name} in the directory. */
    Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    /** Runs {@code deid --input in --output out --ensemble fast} plus {@code more}. */
    CliRun deid(Path in, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("deid", "--input", in.toString(), "--output", out.toString(),
                "--ensemble", "fast", "--threads", "2"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** Reads a CSV output: the header, then each record as a map. */
    static List<Map<String, String>> readCsv(Path p) throws IOException {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return parser.getRecords().stream().map(CSVRecord::toMap).toList();
        }
    }

    /** Returns the header of a CSV output. */
    static List<String> csvHeader(Path p) throws IOException {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(r)) {
            return parser.getHeaderNames();
        }
    }

    /** Reads a JSONL output. */
    static List<JsonNode> readJsonl(Path p) throws IOException {
        try (Stream<String> lines = Files.lines(p)) {
            return lines.map(l -> {
                try {
                    return JSON.readTree(l);
                } catch (IOException e) {
                    throw new AssertionError("bad output line", e);
                }
            }).toList();
        }
    }

    /** Returns the names of the files in the directory. */
    List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
