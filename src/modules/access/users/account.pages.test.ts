import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { buildTestApp, csrfToken, type TestUser } from '../../../../test/build-test-app.js'
import { signIn } from '../index.js'

// The password-change form is throttled like sign-in (issue 5, defect 7): a stolen session cannot guess the password.
const app = await buildTestApp()
const form = { 'content-type': 'application/x-www-form-urlencoded' }

const change = (user: TestUser, currentPassword: string, newPassword: string) =>
  app.injectAs(user, {
    method: 'POST',
    url: '/app/compte/mot-de-passe',
    headers: form,
    payload: new URLSearchParams({
      _csrf: csrfToken,
      currentPassword,
      newPassword,
      confirmation: newPassword,
    }).toString(),
  })

describe('own password change (/app/compte)', () => {
  test('after five wrong current passwords, even the right one waits (429, explained on the field)', async () => {
    const user = await app.userOf('agent', 'region', '11')
    for (let i = 0; i < 5; i++) {
      const wrong = await change(user, `pas le bon ${i}`, 'une nouvelle phrase de passe')
      assert.equal(wrong.statusCode, 400)
      assert.match(wrong.body, /Mot de passe actuel incorrect/)
    }
    const held = await change(user, user.password, 'une nouvelle phrase de passe')
    assert.equal(held.statusCode, 429)
    assert.match(held.body, /Trop d’essais du mot de passe actuel/)
    assert.match(held.body, /<form method="post" action="\/app\/compte\/mot-de-passe"/, 'the form again')
    assert.ok(
      (await signIn(app.system, { email: user.email, password: user.password })).token,
      'the password did not change',
    )
  })

  test('a successful change forgets the earlier wrong tries', async () => {
    const user = await app.userOf('agent', 'region', '11')
    for (let i = 0; i < 4; i++)
      assert.equal((await change(user, 'pas le bon', 'une nouvelle phrase de passe')).statusCode, 400)
    assert.equal((await change(user, user.password, 'une nouvelle phrase de passe')).statusCode, 303)
    const after = await change(user, 'encore faux', 'une autre phrase de passe')
    assert.equal(after.statusCode, 400, 'a wrong try is a wrong try again, not held back')
  })

  test('refuses the current password as the new one, on the field, without spending a try', async () => {
    const user = await app.userOf('agent', 'region', '11')
    const same = await change(user, user.password, user.password)
    assert.equal(same.statusCode, 400)
    assert.match(
      same.body,
      /<span id="f-newPassword-error">Le nouveau mot de passe doit être différent de l’actuel\.<\/span>/,
    )
    assert.ok((await signIn(app.system, { email: user.email, password: user.password })).token, 'unchanged')
  })
})
