package app.relais.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedElement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The packaged application runs the context the build processed ahead of time, where bean
 * conditions were evaluated once, at build time, with no token and no production settings. A
 * condition on one of Relais' own beans would therefore be frozen (a Telegram channel that never
 * turns on); the application decides such things in its bean methods instead.
 */
class AheadOfTimeContextTest {

    @Test
    void noneOfTheApplicationsOwnBeansIsConditional() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<String> conditional = new ArrayList<>();
        int scanned = 0;
        for (BeanDefinition candidate : scanner.findCandidateComponents("app.relais")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (!fromMainClasses(type)) {
                continue;
            }
            scanned++;
            Stream.concat(Stream.of((AnnotatedElement) type), beanMethods(type))
                    .filter(element -> MergedAnnotations.from(element).isPresent(Conditional.class))
                    .forEach(element -> conditional.add(element.toString()));
        }
        assertThat(scanned).as("components of the application found").isGreaterThan(20);
        assertThat(conditional).isEmpty();
    }

    private static Stream<AnnotatedElement> beanMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Bean.class))
                .map(AnnotatedElement.class::cast);
    }

    /** Test configurations live in the same packages; only what ships counts. */
    private static boolean fromMainClasses(Class<?> type) throws Exception {
        Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        return !location.toString().contains("test-classes") && !location.getFileName().toString().endsWith("-tests.jar");
    }
}
