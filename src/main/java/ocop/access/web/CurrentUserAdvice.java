package ocop.access.web;

import ocop.access.AccessApi;
import ocop.access.AdministrativeUnit;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user ({@code me}) and its unit's name ({@code unitName}) on every page for the layout. */
@ControllerAdvice
class CurrentUserAdvice {

    private final AccessApi access;

    CurrentUserAdvice(AccessApi access) {
        this.access = access;
    }

    @ModelAttribute
    void addCurrentUser(Model model) {
        access.currentUserIfAny().ifPresent(user -> {
            model.addAttribute("me", user);
            model.addAttribute("unitName", access.unit(user.unitCode()).map(AdministrativeUnit::name).orElse(null));
        });
    }

}
