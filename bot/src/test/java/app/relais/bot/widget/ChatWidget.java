package app.relais.bot.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;

/**
 * The widget on a page, driven as a user drives it: click the launcher, type and press Enter,
 * click a quick reply. Every step waits until its answers are on screen: the typing indicator
 * stays until the server confirmed the message, after the bot's replies (no sleep).
 */
final class ChatWidget {

    private static final String LAST_REPLIES = """
            () => {
              const items = [...document.querySelector('relais-widget').shadowRoot.querySelector('.log').children];
              const lastUser = items.map(i => i.classList.contains('user')).lastIndexOf(true);
              return items.slice(lastUser + 1).map(i => i.textContent).join('\\n');
            }""";

    final Page page;

    ChatWidget(Page page) {
        this.page = page;
    }

    Locator launcher() {
        return page.locator("relais-widget .launcher");
    }

    Locator panel() {
        return page.locator("relais-widget .panel");
    }

    Locator log() {
        return page.locator("relais-widget .log");
    }

    Locator input() {
        return page.locator("relais-widget textarea");
    }

    Locator bots() {
        return page.locator("relais-widget .msg.bot");
    }

    Locator users() {
        return page.locator("relais-widget .msg.user");
    }

    Locator status() {
        return page.locator("relais-widget .status");
    }

    ChatWidget open() {
        launcher().click();
        assertThat(panel()).isVisible();
        return this;
    }

    /** Waits for the greeting of a new conversation. */
    ChatWidget greeted() {
        assertThat(bots().first()).containsText("Relais");
        return settled();
    }

    ChatWidget say(String text) {
        input().fill(text);
        input().press("Enter");
        return settled();
    }

    ChatWidget tap(String label) {
        page.locator("relais-widget button.choice:enabled", new Page.LocatorOptions().setHasText(label)).last().click();
        return settled();
    }

    ChatWidget attach(Path file) {
        int before = users().count();
        page.locator("relais-widget input[type=file]").setInputFiles(file);
        assertThat(users()).hasCount(before + 1);
        return settled();
    }

    /**
     * Everything the bot said since the user's last message contains {@code text}, within 15 s: a
     * reply may still be on its way when the typing indicator has not shown yet (a busy machine).
     */
    ChatWidget expect(String text) {
        try {
            page.waitForFunction("text => (" + LAST_REPLIES + ")().includes(text)", text,
                    new Page.WaitForFunctionOptions().setTimeout(15_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            // Fails with what the bot did say.
            org.assertj.core.api.Assertions.assertThat((String) page.evaluate(LAST_REPLIES)).contains(text);
        }
        return this;
    }

    ChatWidget settled() {
        assertThat(page.locator("relais-widget .typing")).isHidden();
        assertThat(page.locator("relais-widget .msg.user.pending, relais-widget .msg.user.failed")).hasCount(0);
        return this;
    }

    /** The walking-skeleton journey (a hacked Facebook account) up to its first question. */
    ChatWidget walkToTheProfile() {
        return open().greeted()
                .say("mon compte Facebook a été piraté")
                .expect("Compte Facebook piraté")
                .tap("Oui, c’est ça")
                .expect("abuse@facebook.com")
                .tap("Préparer ma demande")
                .expect("(1/5) Lien de votre profil Facebook");
    }

    /** ... and up to the third question. */
    ChatWidget walkToTheDate() {
        return walkToTheProfile()
                .say("https://www.facebook.com/jeanne.martin")
                .expect("(2/5)")
                .say("jeanne.martin@example.fr")
                .expect("(3/5)");
    }

    /** ... and on to the draft, approved ("C’est parfait"): the request is delivered. */
    ChatWidget walkToTheDelivery() {
        return walkToTheDate().answerDate("12/11/2026 21:30")
                .say("Mot de passe et adresse email changés")
                .expect("(5/5)")
                .tap("Passer")
                .expect("Qui êtes-vous")
                .tap("Titulaire du compte")
                .say("Le 12 novembre vers 21h30 j’ai reçu un email de changement de mot de passe.")
                .say("Mon événement de samedi est annoncé sur ce compte.")
                .tap("Me rendre l’accès à mon compte et annuler les modifications du pirate")
                .tap("Ne pas signer")
                .expect("À : abuse@facebook.com")
                .tap("C’est parfait")
                .expect("formulaire officiel");
    }

    /**
     * Gives the incident date; newer flows read it back and ask for a confirmation, which is given.
     */
    ChatWidget answerDate(String date) {
        say(date);
        Locator confirm = page.locator("relais-widget button.choice:enabled",
                new Page.LocatorOptions().setHasText("Oui, c’est juste"));
        if (confirm.count() > 0) {
            tap("Oui, c’est juste");
        }
        return this;
    }

    List<String> botTexts() {
        return bots().allTextContents();
    }

    /** Everything the page keeps in sessionStorage (the transcript), as one string. */
    String sessionStorage() {
        return (String) page.evaluate("() => Object.keys(sessionStorage).map(k => k + '=' + sessionStorage.getItem(k)).join('\\n')");
    }

    /** Everything the page keeps in localStorage (the session token). */
    String localStorage() {
        return (String) page.evaluate("() => Object.keys(localStorage).map(k => k + '=' + localStorage.getItem(k)).join('\\n')");
    }

    Locator title() {
        return page.locator("relais-widget h2");
    }

    Locator banner() {
        return page.locator("relais-widget .banner");
    }
}
