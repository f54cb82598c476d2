package ocop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** OCOP Manager: quản lý Chương trình mỗi xã một sản phẩm cho UBND phường/xã và tỉnh. */
@SpringBootApplication
@EnableScheduling
public class OcopApplication {

    public static void main(String[] args) {
        SpringApplication.run(OcopApplication.class, args);
    }
}
