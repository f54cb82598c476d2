package ocop.system.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description served at /v3/api-docs and /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI ocopOpenApi() {
        return new OpenAPI()
                .info(new Info().title("OCOP Manager API").version("v1")
                        .description("API của hệ thống quản lý Chương trình OCOP (QĐ 26/2026/QĐ-TTg). Đăng nhập bằng "
                                + "phiên trình duyệt hoặc HTTP Basic; lỗi trả về dạng application/problem+json."))
                .schemaRequirement("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
