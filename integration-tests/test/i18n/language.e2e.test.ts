import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorsOf } from '@kpi/platform/testkit';
import { personnelWorld, type PersonnelWorld } from '../personnel/fixtures.js';

/**
 * The graph speaks the caller's language: Vietnamese unless `Accept-Language` prefers English,
 * said by the gateway (refusals at the door) and by the subgraphs behind it alike (the gateway
 * asks each in the caller's language), with the codes unchanged.
 */
let world: PersonnelWorld;
beforeAll(async () => {
  world = await personnelWorld(60);
});
afterAll(async () => {
  await world?.graph.stop();
});

const post = (headers: Record<string, string>) =>
  fetch(world.graph.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });

describe('the language of the graph', () => {
  it('refuses at the door in Vietnamese by default and in English when asked, the code unchanged', async () => {
    const vi = await post({});
    expect(vi.headers.get('content-language')).toBe('vi');
    const { errors: viErrors } = (await vi.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(viErrors[0]).toMatchObject({
      message: 'Đồng chí cần đăng nhập: yêu cầu này không mang danh tính hợp lệ.',
      extensions: { code: 'UNAUTHENTICATED' },
    });

    const en = await post({ 'accept-language': 'en-GB,en;q=0.9,vi;q=0.5' });
    expect(en.headers.get('content-language')).toBe('en');
    const { errors: enErrors } = (await en.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(enErrors[0]).toMatchObject({
      message: 'Sign in first: this request carries no valid identity.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it("a subgraph's refusal reaches the caller in the caller's language", async () => {
    const query = '{ integrationClients { clientId } }';
    const [vi] = await errorsOf((await world.graph.as(world.user('staff'), 'vi')).request(query));
    const [en] = await errorsOf((await world.graph.as(world.user('staff'), 'en')).request(query));
    expect(vi).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(en).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(vi!.message).toMatch(/^Đồng chí không có quyền truy cập /);
    expect(en!.message).toMatch(/^You are not allowed to access /);
  });

  it('documents the schema in the language asked: introspection answers with that part of each description', async () => {
    const query = '{ __type(name: "Job") { description fields { name description } } }';
    const ask = async (language: 'vi' | 'en') =>
      (
        await (
          await world.graph.as(world.user('staff'), language)
        ).request<{ __type: { description: string; fields: { name: string; description: string }[] } }>(query)
      ).__type;
    const [vi, en] = [await ask('vi'), await ask('en')];
    expect(vi.description).toMatch(/^Việc dài \(khóa sổ một kỳ/);
    expect(en.description).toMatch(/^Long work \(closing a period/);
    expect(vi.fields.find((f) => f.name === 'summary')!.description).toBe(
      'Kết quả tóm tắt trong một câu khi đã xong (bằng ngôn ngữ của người khởi chạy)',
    );
    expect(en.fields.find((f) => f.name === 'summary')!.description).toBe(
      'What it did, in a sentence, once it succeeded (in the language of whoever started it)',
    );
    // Neither language sees the other's part.
    for (const field of [...vi.fields, ...en.fields]) expect(field.description).not.toContain('[vi]');
  });
});
