package ocop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure holds: no cycles, no use of another module's internals; and its docs are generated. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(OcopApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        Documenter documenter = new Documenter(modules);
        documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        assertThat(Path.of("target", "spring-modulith-docs", "components.puml")).exists();
    }
}
