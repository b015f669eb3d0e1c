import { testDrivers } from "@cchc/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { editorToken, useApi } from "./helpers";

/** alignment's dose comes from the topic-set rollup: each activity once, fresh after every write. */
describe.each(testDrivers())("alignment dose from the topic-set rollup on %s", (driver) => {
  const api = useApi(driver);
  let editor: string;
  beforeAll(async () => {
    editor = await editorToken(api);
  });

  const dose = async (topic: string, year: number) => {
    const res = await api.gql<{ alignment: { years: { year: number; dose: number }[] } }>(
      `query($t: ID) { alignment(subject: "40", topic: $t) { years { year dose } } }`,
      { t: topic },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.alignment.years.find((y) => y.year === year)?.dose ?? 0;
  };
  const counted = async (topics: string[], year: number) =>
    (
      await api.gql<{ activities: { totalCount: number } }>(
        `query($t: [ID!]) { activities(filter: { topics: $t, from: "${year}-01-01", to: "${year}-12-31" }) { totalCount } }`,
        { t: topics },
      )
    ).data!.activities.totalCount;
  const create = async (topics: string[], startsOn: string) => {
    const res = await api.gqlAs(editor, `mutation($input: ActivityInput!) { createActivity(input: $input) { id } }`, {
      input: { unit: "SKHCN_NA.VP", form: "F2", topics, title: "Bài viết về cải cách thủ tục hành chính", startsOn },
    });
    expect(res.errors).toBeUndefined();
  };

  it("counts an activity with two matching topics once, equal to the activity list, and sees a new activity at once", async () => {
    const before = await dose("N04", 2023);
    expect(before).toBe(await counted(["N04"], 2023));
    await create(["N04.13", "N04.14"], "2023-06-15");
    expect(await dose("N04", 2023)).toBe(before + 1);
    expect(await dose("N04", 2023)).toBe(await counted(["N04"], 2023));
    // An activity on other topics only changes nothing for N04 but counts under its own topic.
    const n02 = await dose("N02", 2023);
    await create(["N02"], "2023-07-01");
    expect(await dose("N04", 2023)).toBe(before + 1);
    expect(await dose("N02", 2023)).toBe(n02 + 1);
  });
});
