import { timingSafeEqual } from 'node:crypto';
import express, { type Router } from 'express';
import type Provider from 'oidc-provider';
import { escapeHtml, type Account } from './provider.js';

/** An employee code as personnel keeps them (letters, digits, dashes; up to 32). */
const EMPLOYEE_CODE = /^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/;

export interface LoginOptions {
  provider: Provider;
  /** The one password of the development and demo provider (documented in the README). */
  password: string;
  /** People offered on the page to sign in as with one click: the demo users. */
  quickPicks: (Account & { label: string })[];
}

const same = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * The provider's sign-in page: an employee code and the demo password, or one click on a demo
 * person. It checks the password only: whether the code names someone in service is personnel's
 * to say, and the gateway asks it at sign-in (an unknown code gets a 401 there, naming the code).
 */
export function loginRoutes(options: LoginOptions): Router {
  const router = express.Router();
  const form = express.urlencoded({ extended: false, limit: '4kb' });
  router.use((_req, res, next) => {
    res.set('cache-control', 'no-store');
    next();
  });

  router.get('/interaction/:uid', async (req, res, next) => {
    try {
      const { uid, prompt, params } = await options.provider.interactionDetails(req, res);
      if (prompt.name !== 'login') return res.status(400).type('html').send(page('Đăng nhập', '<p>Unexpected step: start again.</p>'));
      res.type('html').send(loginPage(uid, String(params.client_id), options.quickPicks, null));
    } catch (error) {
      next(error);
    }
  });

  router.post('/interaction/:uid/login', form, async (req, res, next) => {
    try {
      const { uid, params } = await options.provider.interactionDetails(req, res);
      const code = String(req.body?.code ?? '').trim();
      const password = String(req.body?.password ?? '');
      if (!EMPLOYEE_CODE.test(code) || !same(password, options.password)) {
        return res
          .status(401)
          .type('html')
          .send(
            loginPage(
              uid,
              String(params.client_id),
              options.quickPicks,
              'Mã cán bộ hoặc mật khẩu không đúng — wrong employee code or password.',
            ),
          );
      }
      await options.provider.interactionFinished(req, res, { login: { accountId: code } }, { mergeWithLastSubmission: false });
    } catch (error) {
      next(error);
    }
  });

  router.get('/interaction/:uid/abort', async (req, res, next) => {
    try {
      await options.provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'The person cancelled sign-in.' },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      next(error);
    }
  });
  return router;
}

function loginPage(uid: string, clientId: string, picks: LoginOptions['quickPicks'], problem: string | null) {
  const action = `/interaction/${encodeURIComponent(uid)}/login`;
  const quick = picks
    .map(
      (pick) => `<form method="post" action="${action}" class="pick">
  <input type="hidden" name="code" value="${escapeHtml(pick.code)}"><input type="hidden" name="password" value="" data-demo-password>
  <button type="submit">${escapeHtml(pick.name ?? pick.code)} <small>${escapeHtml(pick.label)} · ${escapeHtml(pick.code)}</small></button>
</form>`,
    )
    .join('\n');
  return page(
    'Đăng nhập — Hệ thống KPI',
    `<h1>Đăng nhập</h1>
<p class="client">vào ${escapeHtml(clientId)}</p>
${problem ? `<p class="problem" role="alert">${escapeHtml(problem)}</p>` : ''}
<form method="post" action="${action}" id="login">
  <label>Mã cán bộ (employee code) <input name="code" autocomplete="username" required autofocus></label>
  <label>Mật khẩu (password) <input name="password" type="password" autocomplete="current-password" required></label>
  <button type="submit">Đăng nhập</button>
</form>
<h2>Người dùng mẫu (demo)</h2>
<p>Nhập mật khẩu mẫu ở trên rồi chọn một người — type the demo password above, then pick a person.</p>
${quick}
<script>
  // A quick pick sends the password typed above.
  for (const form of document.querySelectorAll('form.pick'))
    form.addEventListener('submit', () => { form.querySelector('[data-demo-password]').value = document.querySelector('#login [name=password]').value; });
</script>
<p><a href="/interaction/${encodeURIComponent(uid)}/abort">Huỷ — cancel</a></p>`,
  );
}

function page(title: string, body: string) {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 28rem; margin: 3rem auto; padding: 0 1rem; }
  label { display: block; margin: .75rem 0; } input { display: block; width: 100%; padding: .4rem; font: inherit; }
  button { font: inherit; padding: .4rem 1rem; margin: .25rem 0; } .pick button { width: 100%; text-align: left; }
  .problem { color: #a00; } .client, small { color: #555; }
</style></head><body>${body}</body></html>`;
}
