package org.raddeid.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The machine and JVM a bench ran on, so figures from different machines are not compared by mistake. Immutable.
 *
 * @param cpuModel the CPU model from {@code /proc/cpuinfo}, or the OS architecture where that file is missing
 * @param availableProcessors processors available to the JVM
 * @param totalMemoryBytes physical memory (or the container's limit), or -1 when unknown
 * @param jvm JVM vendor, name and version
 * @param maxHeapBytes the most heap the JVM will use ({@code -Xmx})
 * @param jvmOptions the options the JVM was started with
 * @param commandLine the raddeid command line, as typed
 */
record MachineInfo(String cpuModel, int availableProcessors, long totalMemoryBytes, String jvm, long maxHeapBytes,
        List<String> jvmOptions, String commandLine) {

    private static final Path CPUINFO = Path.of("/proc/cpuinfo");

    MachineInfo {
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** Describes the running JVM and its machine; {@code commandLine} is recorded as given. */
    static MachineInfo detect(String commandLine) {
        return new MachineInfo(cpuModel(CPUINFO), Runtime.getRuntime().availableProcessors(), totalMemory(),
                System.getProperty("java.vendor") + " " + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.runtime.version", System.getProperty("java.version")),
                Runtime.getRuntime().maxMemory(), ManagementFactory.getRuntimeMXBean().getInputArguments(),
                commandLine);
    }

    /** Returns the first {@code model name} in a cpuinfo file, or the OS architecture when there is none. */
    static String cpuModel(Path cpuinfo) {
        if (Files.isReadable(cpuinfo)) {
            try (Stream<String> lines = Files.lines(cpuinfo, StandardCharsets.UTF_8)) {
                String model = lines.filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).trim())
                        .findFirst().orElse(null);
                if (model != null && !model.isEmpty()) {
                    return model;
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // Fall through to the architecture: the model is a label, not a measurement.
            }
        }
        return System.getProperty("os.arch") + " (CPU model unknown)";
    }

    private static long totalMemory() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getTotalMemorySize();
        }
        return -1;
    }
}
