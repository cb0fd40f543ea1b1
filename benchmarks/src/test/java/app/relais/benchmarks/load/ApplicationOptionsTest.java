package app.relais.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collector the application under load runs with: the one of its packaged {@code jvm.options}
 * (bot/src/main/launch, as the build writes it beside the jar), unless the run picks another.
 */
class ApplicationOptionsTest {

    private static final Path PACKAGED = Path.of("..", "bot", "src", "main", "launch", "jvm.options");

    @TempDir
    Path app;
    @TempDir
    Path data;
    private Path jar;

    @BeforeEach
    void packagedApplication() throws IOException {
        jar = app.resolve("relais.jar");
        Files.copy(PACKAGED, app.resolve("jvm.options"));
    }

    @Test
    void runsWithThePackagedOptionsAsTheReadmeDoes() throws IOException {
        assertThat(Application.launchOptions(jar, "-agentpath:/tmp/libasyncProfiler.so=start", data))
                .isEqualTo(" '@" + app.resolve("jvm.options") + "'");
        assertThat(Files.readString(app.resolve("jvm.options"))).contains("-XX:+UseShenandoahGC");
    }

    @Test
    void anotherCollectorReplacesThePackagedOne() throws IOException {
        String options = Application.launchOptions(jar, "-XX:+UseZGC", data);

        Path copy = data.resolve("jvm.options");
        assertThat(options).isEqualTo(" '@" + copy + "'");
        assertThat(Files.readAllLines(copy)).noneMatch(line -> line.contains("-XX:+UseShenandoahGC"))
                .contains("-Dspring.aot.enabled=true");
    }

    @Test
    void aCollectorChosenThroughTheEnvironmentReplacesItToo() throws IOException {
        assertThat(Application.launchOptions(jar, " JDK_JAVA_OPTIONS=-XX:+UseG1GC", data))
                .isEqualTo(" '@" + data.resolve("jvm.options") + "'");
    }

    @Test
    void anOptionThatOnlyMentionsGcKeepsThePackagedCollector() throws IOException {
        assertThat(Application.launchOptions(jar, "-XX:+UseMaximumCompactionOnSystemGC", data))
                .isEqualTo(" '@" + app.resolve("jvm.options") + "'");
        assertThat(data.resolve("jvm.options")).doesNotExist();
    }

    @Test
    void aJarWithoutOptionsBesideItRunsWithNone() throws IOException {
        assertThat(Application.launchOptions(data.resolve("other.jar"), "-XX:+UseZGC", data)).isEmpty();
    }
}
