package app.relais.bot.accounts;

import app.relais.bot.audit.AuditFilter;
import app.relais.bot.audit.AuditLog;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Two security filter chains, nothing else of the application behind them (the web chat, the
 * widget and the public status stay as they are):
 * <ul>
 * <li>{@code /api/admin/**}: a session of the desk or a bearer token; 401 without either, 403
 * for what the role does not allow (accounts, tokens and the audit log are for administrators,
 * editing the business profile and the FAQ for administrators and tokens);
 * CSRF required with a session; every change written to the audit log ({@link AuditFilter});</li>
 * <li>{@code /admin/**}: the desk's pages, for signed-in people (the team, audit, profile and FAQ
 * pages for administrators); the sign-in page otherwise.
 * Form sign-in throttled, sign-out by POST, CSRF on every form.</li>
 * </ul>
 * The CSRF token lives in an HttpOnly cookie (no session is made for a visitor who only sees the
 * sign-in page); pages receive it in the form or from {@code GET /api/admin/me}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; media-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AccountDetails accountDetails(AccountStore accounts) {
        return new AccountDetails(accounts);
    }

    /** Not a bean: Spring Security would otherwise set it up as the global one too, and warn about it. */
    private static ThrottledAuthenticationProvider signIn(AccountDetails details, PasswordEncoder encoder,
                                                          SignInThrottle throttle, AuditLog audit) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(details);
        passwords.setPasswordEncoder(encoder);
        passwords.setUserDetailsPasswordService(details);
        return new ThrottledAuthenticationProvider(passwords, throttle, audit);
    }

    private static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookiePath("/");
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict").httpOnly(true));
        return tokens;
    }

    @Bean
    @Order(1)
    SecurityFilterChain adminApi(HttpSecurity http, ApiTokens tokens, AuditLog audit, Clock clock, Requesters requesters)
            throws Exception {
        BearerTokens bearer = new BearerTokens(tokens);
        AuthenticationFilter bearerFilter = new AuthenticationFilter(new ProviderManager(bearer), bearer);
        bearerFilter.setRequestMatcher(BearerTokens::present);
        bearerFilter.setSuccessHandler((request, response, authentication) -> { });
        bearerFilter.setFailureHandler(new AuthenticationEntryPointFailureHandler(SecurityConfiguration::unauthorized));
        http.securityMatcher("/api/admin/**")
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers("/api/admin/accounts/**", "/api/admin/tokens/**", "/api/admin/audit/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/admin/me/**", "/api/admin/me").hasAnyRole(Role.ADMIN.name(), Role.AGENT.name())
                        .requestMatchers(SecurityConfiguration::editsTheBusiness)
                        .hasAnyRole(Role.ADMIN.name(), Role.AUTOMATION.name())
                        .anyRequest().authenticated())
                .addFilterBefore(bearerFilter, UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new AuditFilter(audit, clock, requesters::actor), AuthorizationFilter.class)
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens())
                        .ignoringRequestMatchers(request -> BearerTokens.present(request) || !signedIn()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(SecurityConfiguration::unauthorized)
                        .accessDeniedHandler(forbidden()))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain adminPages(HttpSecurity http, AccountDetails details, PasswordEncoder encoder,
                                   SignInThrottle throttle, AuditLog audit, SignInEvents events, DeniedPage denied)
            throws Exception {
        http.securityMatcher("/admin", "/admin/**")
                .authenticationManager(new ProviderManager(signIn(details, encoder, throttle, audit)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/login", "/admin/welcome", "/admin/assets/**").permitAll()
                        .requestMatchers("/admin/team.html", "/admin/audit.html", "/admin/profile.html", "/admin/faq.html")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest().hasAnyRole(Role.ADMIN.name(), Role.AGENT.name()))
                .formLogin(form -> form.loginPage("/admin/login").successHandler(events).failureHandler(events))
                .logout(logout -> logout.logoutUrl("/admin/logout").addLogoutHandler(events)
                        .logoutSuccessUrl("/admin/login?signed-out").deleteCookies("SESSION"))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
                .requestCache(cache -> cache.requestCache(new CookieRequestCache()))
                .exceptionHandling(errors -> errors.accessDeniedHandler(denied))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /**
     * A change to the business profile or the FAQ (what every customer reads): administrators and
     * automation only; agents read them (the FAQ's short codes, the test box) but do not edit them.
     */
    private static boolean editsTheBusiness(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean business = path.equals("/api/admin/profile") || path.startsWith("/api/admin/profile/")
                || path.equals("/api/admin/faq") || path.startsWith("/api/admin/faq/");
        return business && !READS.contains(request.getMethod());
    }

    /**
     * Whether a session signed someone in. Without one a request can change nothing (it gets 401
     * below), so it is answered as unauthorised rather than as a CSRF failure.
     */
    private static boolean signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated();
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"relais-admin\"");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"error\":\"unauthorized\"}");
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, e) -> {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            boolean csrf = e instanceof CsrfException;
            response.getWriter().write(csrf ? "{\"error\":\"csrf\"}" : "{\"error\":\"forbidden\"}");
        };
    }
}
