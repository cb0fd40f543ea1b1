package app.relais.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The application. It is {@code @SpringBootApplication} spelled out, so that one more exclusion can
 * join Boot's own: the modules' test applications ({@code *TestApplication}), which a reactor build
 * puts on the test classpath through the modules' test-jars, are not part of the application.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ConfigurationPropertiesScan("app.relais")
@ComponentScan(basePackages = "app.relais", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*TestApplication")})
public class RelaisApplication {

    public static void main(String[] args) {
        // First, so that the catalog and FAQ load and the triage trains while Spring reads its configuration.
        Groundwork.begin();
        SpringApplication application = new SpringApplication(RelaisApplication.class);
        if (ClassDataTraining.requested()) {
            application.addListeners(new ClassDataTraining());
        }
        application.run(args);
    }
}
