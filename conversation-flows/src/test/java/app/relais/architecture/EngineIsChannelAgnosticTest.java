package app.relais.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine knows no channel: the compiler and this rule keep Telegram, HTTP and Boot out of it. */
@AnalyzeClasses(packages = "app.relais", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineIsChannelAgnosticTest {

    @ArchTest
    static final ArchRule noWebTelegramOrBoot = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.telegram..", "jakarta.servlet..", "org.springframework.web..",
                    "org.springframework.boot..");

    @ArchTest
    static final ArchRule conversationContractStandsAlone = noClasses().that().resideInAPackage("app.relais.conversation")
            .should().dependOnClassesThat().resideInAnyPackage("app.relais.engine..", "app.relais.support..",
                    "app.relais.store..", "org.springframework..");
}
