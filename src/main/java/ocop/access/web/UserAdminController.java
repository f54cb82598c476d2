package ocop.access.web;

import java.util.LinkedHashMap;
import java.util.Map;
import ocop.access.Role;
import ocop.access.internal.UserAdministration;
import ocop.system.FieldError;
import ocop.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Quản trị tài khoản (admin: user accounts): list, create and edit accounts. Field errors come back next to each
 * field with the typed input kept; every change is audited by {@link UserAdministration}. /admin/** is ADMIN only.
 */
@Controller
class UserAdminController {

    private final UserAdministration users;

    UserAdminController(UserAdministration users) {
        this.users = users;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("section", "admin");
        model.addAttribute("roles", Role.assignable());
    }

    @GetMapping("/admin")
    String home() {
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("users", users.list(q, page, 50));
        model.addAttribute("q", q);
        return "access/users";
    }

    @GetMapping("/admin/users/new")
    String newForm(Model model) {
        return form(model, UserForm.empty(), null, Map.of());
    }

    @PostMapping("/admin/users")
    String create(@ModelAttribute("form") UserForm form, Model model, RedirectAttributes redirect) {
        try {
            users.create(form.toNewUser());
        } catch (InvalidInputException e) {
            return form(model, form.withoutPassword(), null, errors(e));
        }
        redirect.addFlashAttribute("message", "Đã tạo tài khoản " + form.username().trim() + ".");
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/users/{id}")
    String editForm(@PathVariable long id, Model model) {
        return form(model, UserForm.of(users.get(id)), id, Map.of());
    }

    @PostMapping("/admin/users/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") UserForm form, Model model,
                  RedirectAttributes redirect) {
        UserAdministration.UserItem current = users.get(id);
        try {
            users.update(id, form.toChanges());
        } catch (InvalidInputException e) {
            UserForm shown = new UserForm(current.username(), form.fullName(), form.role(), form.unitCode(),
                    form.neighbourhoodId(), form.producerId(), "", form.enabled(), form.version());
            return form(model, shown, id, errors(e));
        }
        redirect.addFlashAttribute("message", "Đã lưu tài khoản " + current.username() + ".");
        return "redirect:/admin/users";
    }

    /** The options of the neighbourhood select for the typed unit code (htmx). */
    @GetMapping("/admin/users/neighbourhoods")
    String neighbourhoods(@RequestParam(required = false) String unitCode, Model model) {
        model.addAttribute("neighbourhoods", users.neighbourhoods(unitCode));
        model.addAttribute("form", UserForm.empty());
        return "access/user-form :: neighbourhood-options";
    }

    private String form(Model model, UserForm form, Long id, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("userId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("neighbourhoods", users.neighbourhoods(form.unitCode()));
        return "access/user-form";
    }

    private static Map<String, String> errors(InvalidInputException e) {
        Map<String, String> map = new LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            map.putIfAbsent(error.field(), error.message());
        }
        return map;
    }
}
