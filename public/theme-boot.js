// Applies the saved theme before first paint (same rule as applyThemePreference in src/lib/theme.ts). It is a
// file, not an inline script, because the Content Security Policy forbids inline scripts.
try {
  var theme = localStorage.getItem('gantry.theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage blocked: the theme follows the system.
}
