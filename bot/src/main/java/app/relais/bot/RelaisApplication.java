package app.relais.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication(scanBasePackages = "app.relais")
@ConfigurationPropertiesScan("app.relais")
public class RelaisApplication {

    public static void main(String[] args) {
        SpringApplication.run(RelaisApplication.class, args);
    }
}
