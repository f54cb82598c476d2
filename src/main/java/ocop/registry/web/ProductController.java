package ocop.registry.web;

import java.util.List;
import ocop.access.AccessApi;
import ocop.access.CurrentUser;
import ocop.registry.OcopStatus;
import ocop.registry.ProductFilter;
import ocop.registry.ProductInput;
import ocop.registry.ProductView;
import ocop.registry.domain.RegistryPermissions;
import ocop.registry.internal.ProductService;
import ocop.system.ConflictException;
import ocop.system.FieldError;
import ocop.system.FormErrors;
import ocop.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Pages of the product registry (Sản phẩm): list with search and filters, detail, create, edit and delete. */
@Controller
@RequestMapping("/products")
class ProductController {

    private final ProductService products;
    private final ProductForms pages;
    private final AccessApi access;

    ProductController(ProductService products, ProductForms pages, AccessApi access) {
        this.products = products;
        this.pages = pages;
        this.access = access;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("section", "registry");
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) OcopStatus status,
                @RequestParam(required = false) Integer stars, @RequestParam(required = false) String group,
                @RequestParam(required = false) Long neighbourhood, @RequestParam(required = false) Integer page,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore, Model model) {
        CurrentUser me = access.currentUser();
        String g = group == null || group.isBlank() ? null : group.trim();
        model.addAttribute("slice", products.search(new ProductFilter(q, status, stars, g, neighbourhood, null), page, null));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("stars", stars);
        model.addAttribute("group", g);
        model.addAttribute("neighbourhood", neighbourhood);
        model.addAttribute("statuses", OcopStatus.values());
        model.addAttribute("groups", ProductForms.sectorsAndGroups(products.classificationInForce()));
        model.addAttribute("neighbourhoods", access.neighbourhoods(me.unitCode()));
        model.addAttribute("mayCreate", RegistryPermissions.mayCreateProducer(me)
                || me.producerId() != null && RegistryPermissions.mayWriteProduct(me, me.producerId()));
        model.addAttribute("pagerUrl", UriComponentsBuilder.fromPath("/products").queryParam("q", q == null ? "" : q)
                .queryParam("status", status == null ? "" : status).queryParam("stars", stars == null ? "" : stars)
                .queryParam("group", g == null ? "" : g)
                .queryParam("neighbourhood", neighbourhood == null ? "" : neighbourhood).encode().toUriString());
        return htmx != null && restore == null ? ProductForms.LIST + " :: results" : ProductForms.LIST;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return pages.detail(id, model, FormErrors.none(), ProductForms.StarForm.empty());
    }

    @GetMapping("/new")
    String newForm(@RequestParam(name = "producer", required = false) Long producer, Model model) {
        CurrentUser me = access.currentUser();
        Long producerId = producer != null ? producer : me.producerId();
        ProductInput form = new ProductInput(producerId, null, null, null, null, null, null, null, null);
        return pages.form(model, form, null, FormErrors.none());
    }

    @PostMapping
    String create(@ModelAttribute("form") ProductInput form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return pages.form(model, form, null, FormErrors.of(binding));
        }
        try {
            ProductView saved = products.create(form);
            redirect.addFlashAttribute("flash", "Đã thêm sản phẩm " + saved.name() + ".");
            return "redirect:/products/" + saved.id();
        } catch (InvalidInputException e) {
            return pages.form(model, form, null, FormErrors.of(e.errors()));
        } catch (ConflictException e) {
            return pages.form(model, form, null, FormErrors.of(List.of(new FieldError(e.field(), e.getMessage()))));
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        return pages.form(model, ProductForms.toInput(products.get(id)), id, FormErrors.none());
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ProductInput form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return pages.form(model, form, id, FormErrors.of(binding));
        }
        try {
            products.update(id, form);
            redirect.addFlashAttribute("flash", "Đã lưu thay đổi.");
            return "redirect:/products/" + id;
        } catch (InvalidInputException e) {
            return pages.form(model, form, id, FormErrors.of(e.errors()));
        } catch (ConflictException e) {
            return pages.form(model, form, id, FormErrors.of(List.of(new FieldError(e.field(), e.getMessage()))));
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        ProductView p = products.get(id);
        products.delete(id);
        redirect.addFlashAttribute("flash", "Đã xóa sản phẩm " + p.name() + ".");
        return "redirect:/products";
    }
}
