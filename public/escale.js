// Escale's only script of its own: a workaround for the design system kit (qc-trousse-sdg 1.5.1). Its "back to top"
// control ignores Enter and Space (its key handler calls scrollToTop() without the event and throws), so a keyboard
// user could not use it. The key press becomes the click that works. Remove when the kit is fixed.
window.addEventListener(
  'keydown',
  (event) => {
    const target = event.target
    if (!(target instanceof Element) || !target.matches('a.qc-to-top')) return
    if (event.key !== 'Enter' && event.key !== ' ') return
    event.preventDefault()
    event.stopImmediatePropagation()
    target.click()
  },
  true,
)
