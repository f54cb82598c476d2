package ocop.registry.web;

import ocop.access.AccessApi;
import ocop.access.CurrentUser;
import ocop.access.Role;
import ocop.registry.internal.RegistryOverview;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The signed-in role's home (Tổng quan): the registry in its scope counted by OCOP status and star class, and
 * the way in to the work. A producer lands on its own record.
 */
@Controller
class OverviewController {

    private final AccessApi access;
    private final RegistryOverview overview;

    OverviewController(AccessApi access, RegistryOverview overview) {
        this.access = access;
        this.overview = overview;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser me = access.currentUser();
        if (me.is(Role.PRODUCER) && me.producerId() != null) {
            return "redirect:/producers/" + me.producerId();
        }
        model.addAttribute("section", "home");
        model.addAttribute("counts", overview.counts(me.scope()));
        model.addAttribute("neighbourhood", me.neighbourhoodId() == null ? null
                : access.neighbourhood(me.neighbourhoodId()).orElse(null));
        return "registry/overview";
    }
}
