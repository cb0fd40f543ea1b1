package app.relais.bot.desk;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /admin/} and {@code /admin} answer with the desk (the sign-in page first, when signed out). */
@Controller
class DeskPages {

    @GetMapping("/admin/")
    String desk() {
        return "forward:/admin/index.html";
    }

    @GetMapping("/admin")
    String withoutSlash() {
        return "redirect:/admin/";
    }
}
