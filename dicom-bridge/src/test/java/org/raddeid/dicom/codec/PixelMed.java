package org.raddeid.dicom.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * PixelMed (Debian's {@code libpixelmed-java}) as a second independent oracle, run as an external process so it
 * never becomes a Maven dependency: a small dumper, kept here as source and started with the JDK's single-file source
 * launcher against {@code /usr/share/java/pixelmed.jar}, reads each file with {@code AttributeList.read} (pixel data
 * left compressed) and prints every attribute, nested items indented, with a CRC-32 of its value (PixelMed's own
 * {@code toString} prints OW values as {@code []} and byte arrays by identity). Each file's section also holds
 * PixelMed's log messages ({@code ## LEVEL message}), the bytes it read, and {@code !!! exception} when reading
 * failed. PixelMed is lenient and stops quietly at a truncated file, which is why the bytes read and the attribute
 * list are worth checking. Compiling the dumper costs about a second per run, hence one run for all files.
 */
public final class PixelMed {

    /** Debian's jar; its manifest names the jars it needs. */
    static final Path JAR = Path.of("/usr/share/java/pixelmed.jar");

    private static final String DUMPER = """
            import com.pixelmed.dicom.Attribute;
            import com.pixelmed.dicom.AttributeList;
            import com.pixelmed.dicom.SequenceAttribute;
            import java.io.File;
            import java.util.zip.CRC32;

            public class PixelMedDump {
                public static void main(String[] args) {
                    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
                    for (java.util.logging.Handler h : root.getHandlers()) {
                        root.removeHandler(h);
                    }
                    root.addHandler(new java.util.logging.Handler() {
                        @Override public void publish(java.util.logging.LogRecord r) {
                            System.out.println("## " + r.getLevel() + " " + r.getMessage());
                        }
                        @Override public void flush() { }
                        @Override public void close() { }
                    });
                    for (String path : args) {
                        System.out.println("=== " + path);
                        try {
                            AttributeList list = new AttributeList();
                            list.setDecompressPixelData(false);
                            long read = list.read(new File(path));
                            System.out.println("# bytes read " + read + " of " + new File(path).length());
                            dump(list, "");
                        } catch (Exception | Error e) {
                            System.out.println("!!! " + e);
                        }
                    }
                }

                static void dump(AttributeList list, String indent) {
                    for (Attribute a : list.values()) {
                        if (a instanceof SequenceAttribute s) {
                            System.out.println(indent + a.getTag() + " SQ items=" + s.getNumberOfItems());
                            for (int i = 0; i < s.getNumberOfItems(); i++) {
                                System.out.println(indent + "  %item " + i);
                                dump(s.getItem(i).getAttributeList(), indent + "    ");
                            }
                        } else {
                            String line = a.toString().replaceAll("\\\\[B@[0-9a-f]+", "[bytes]");
                            String crc = crc(a);
                            if (crc != null) {
                                line += " crc32=" + crc;
                            }
                            System.out.println(indent + line);
                        }
                    }
                }

                /** CRC-32 of the value (OW, OL, OF, OD re-encoded little endian), or null where PixelMed has none. */
                static String crc(Attribute a) {
                    String vr = a.getVRAsString();
                    java.nio.ByteBuffer buf;
                    try {
                        if (a instanceof com.pixelmed.dicom.OtherByteAttributeMultipleCompressedFrames f) {
                            // Encapsulated pixel data, left compressed: the frames as PixelMed split them.
                            CRC32 crc = new CRC32();
                            for (int i = 0; i < f.getNumberOfFrames(); i++) {
                                crc.update(f.getByteValuesForSelectedFrame(i));
                            }
                            return Long.toHexString(crc.getValue()) + " frames=" + f.getNumberOfFrames();
                        }
                        switch (vr) {
                            case "OW" -> {
                                short[] v = a.getShortValues();
                                buf = le(v.length * 2);
                                buf.asShortBuffer().put(v);
                            }
                            case "OL" -> {
                                int[] v = a.getIntegerValues();
                                buf = le(v.length * 4);
                                buf.asIntBuffer().put(v);
                            }
                            case "OF" -> {
                                float[] v = a.getFloatValues();
                                buf = le(v.length * 4);
                                buf.asFloatBuffer().put(v);
                            }
                            case "OD" -> {
                                double[] v = a.getDoubleValues();
                                buf = le(v.length * 8);
                                buf.asDoubleBuffer().put(v);
                            }
                            default -> {
                                byte[] v = a.getByteValues();
                                if (v == null) {
                                    return null;
                                }
                                buf = java.nio.ByteBuffer.wrap(v);
                            }
                        }
                    } catch (Exception noBytes) {
                        // A binary value PixelMed cannot give back is worth seeing; other VRs show in toString.
                        return vr.startsWith("O") || vr.equals("UN") ? "unreadable" : null;
                    }
                    CRC32 crc = new CRC32();
                    crc.update(buf.array());
                    return Long.toHexString(crc.getValue());
                }

                static java.nio.ByteBuffer le(int size) {
                    return java.nio.ByteBuffer.allocate(size).order(java.nio.ByteOrder.LITTLE_ENDIAN);
                }
            }
            """;

    private PixelMed() {
    }

    /** Fails (never skips) when the jar is missing. */
    static void requireInstalled() {
        if (!Files.isRegularFile(JAR)) {
            fail(JAR + " not found: install Debian's libpixelmed-java (apt-get install libpixelmed-java),"
                    + " as .ci/run does");
        }
    }

    /**
     * Dumps the files in one PixelMed process.
     *
     * @return each file's dump, without its path, in the order given
     */
    public static Map<Path, String> dump(List<Path> files, Path workDir) throws IOException, InterruptedException {
        requireInstalled();
        Path source = workDir.resolve("PixelMedDump.java");
        Files.writeString(source, DUMPER);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", JAR.toString(), source.toString()));
        files.forEach(f -> command.add(f.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("PixelMed finished").isTrue();
        assertThat(p.exitValue()).as("PixelMed dumper exit status; output:%n%s", text).isZero();

        Map<Path, String> dumps = new LinkedHashMap<>();
        int from = 0;
        for (int i = 0; i < files.size(); i++) {
            String header = "=== " + files.get(i) + "\n";
            int start = text.indexOf(header, from);
            assertThat(start).as("PixelMed section for %s; output:%n%s", files.get(i), text).isNotNegative();
            int end = i + 1 < files.size() ? text.indexOf("=== " + files.get(i + 1) + "\n", start) : text.length();
            assertThat(end).as("PixelMed section after %s", files.get(i)).isNotNegative();
            dumps.put(files.get(i), text.substring(start + header.length(), end));
            from = end;
        }
        return dumps;
    }

    /** Returns the top-level attribute lines of a dump (tags and values, no nested items). */
    static List<String> topLevel(String dump) {
        return dump.lines().filter(l -> l.startsWith("(0x")).toList();
    }

    /** Returns the tag, e.g. {@code (0x0010,0x0010)}, that a PixelMed attribute line starts with. */
    static String tagOf(String line) {
        return line.substring(0, "(0x0000,0x0000)".length());
    }
}
