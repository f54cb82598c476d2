package ocop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ocop.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded database keeps every committed row across a clean restart and across a SIGKILL of the JVM (the
 * orphaned postgres is stopped on the next start). Runs the real application in a separate JVM on its own data
 * directory, exactly as {@code ./mvnw spring-boot:run} would.
 */
class RestartDurabilityTests {

    private Process app;
    private Path dataDir;

    @Test
    void rowsSurviveACleanRestartAndASigkill() throws Exception {
        dataDir = Files.createTempDirectory("ocop-restart-");
        int port = freePort();

        start(port);
        assertThat(createProducer(port, "Trang trại Bền Vững Một", "075085007001")).isEqualTo(201);
        app.destroy();
        assertThat(app.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        start(port);
        assertThat(search(port, "ben vung mot")).contains("Trang trại Bền Vững Một");
        assertThat(createProducer(port, "Trang trại Bền Vững Hai", "075085007002")).isEqualTo(201);
        app.destroyForcibly();
        app.waitFor();
        assertThat(dataDir.resolve("pg/postmaster.pid")).exists();

        start(port);
        assertThat(search(port, "ben vung")).contains("Trang trại Bền Vững Một").contains("Trang trại Bền Vững Hai");
    }

    private int createProducer(int port, String name, String personalId) {
        return TestHttp.as(port, "canbo", "demo").post("/api/v1/producers",
                "{\"type\":\"TRANG_TRAI\",\"name\":\"" + name + "\",\"personalId\":\"" + personalId + "\"}")
                .getStatusCode().value();
    }

    private String search(int port, String q) {
        return TestHttp.as(port, "canbo", "demo").get("/api/v1/producers?q=" + q).getBody();
    }

    private void start(int port) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "ocop.OcopApplication",
                "--server.port=" + port, "--ocop.data-dir=" + dataDir, "--ocop.demo.enabled=true"));
        app = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app.log").toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            assertThat(app.isAlive()).as("application exited; see %s", dataDir.resolve("app.log")).isTrue();
            try {
                if (TestHttp.anonymous(port).get("/actuator/health").getBody().contains("UP")) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("application did not become healthy; see " + dataDir.resolve("app.log"));
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null && app.isAlive()) {
            app.destroy();
            app.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        if (dataDir != null) {
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
