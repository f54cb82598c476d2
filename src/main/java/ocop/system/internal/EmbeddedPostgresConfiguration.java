package ocop.system.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL (zonky) when no {@code spring.datasource.url} is configured.
 *
 * <p>The data directory is persistent ({@code ocop.data-dir}/pg, by default {@code ./data/pg}) and the server runs
 * with {@code fsync=on} and {@code synchronous_commit=on}, so a committed row survives a crash. A postgres left
 * running by a JVM that was killed with SIGKILL is stopped first ({@link OrphanedPostmaster}).
 * With {@code ocop.embedded-db.ephemeral=true} (tests) a fresh throwaway directory is used instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${ocop.data-dir}") Path dataDir,
                                      @Value("${ocop.embedded-db.ephemeral:false}") boolean ephemeral) throws IOException {
        Path pgDir = ephemeral ? Files.createTempDirectory("ocop-pg-") : dataDir.resolve("pg").toAbsolutePath();
        Files.createDirectories(pgDir);
        if (!ephemeral) {
            OrphanedPostmaster.stopIfRunning(pgDir);
        }
        log.info("Embedded PostgreSQL, data directory {}", pgDir);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(pgDir)
                .setCleanDataDirectory(ephemeral)
                .setServerConfig("fsync", ephemeral ? "off" : "on")
                .setServerConfig("synchronous_commit", ephemeral ? "off" : "on")
                .setServerConfig("full_page_writes", ephemeral ? "off" : "on")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8")
                .start();
        if (ephemeral) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(pgDir)));
        }
        return pg;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres pg) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(10);
        config.setPoolName("ocop-embedded");
        return new HikariDataSource(config);
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: a temp directory
        }
    }
}
