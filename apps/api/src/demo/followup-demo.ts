import { Injectable } from '@nestjs/common';
import { TenantDb, type Actor } from '@app/core';
import { MouFollowUpService, PipelineService, type ProjectStage } from '@app/followup';
import { AttendanceService, EventsService, MousService, SignedProjectsService, SpeechesService } from '@app/register';

/** The second event of the demo, a year after the seed event, clearly marked as a sample. */
export const SAMPLE_FOLLOW_UP_EVENT_TITLE = {
  zh: '【示例】鲁港科技创新合作推进会（2025）',
  ja: '【サンプル】山東・香港科学技術イノベーション協力推進会（2025年）',
  en: '[Sample] Shandong-Hong Kong Innovation Cooperation Follow-up Meeting 2025',
};

/** Stage changes of the seed event's projects, by their place in the event's order. */
const SEED_PROGRESS: Record<number, [ProjectStage, string, string?][]> = {
  0: [
    ['contract_concluded', '2024-05-10'],
    ['started', '2024-07-01'],
    ['in_operation', '2025-01-20', 'The joint laboratory opened.'],
  ],
  1: [
    ['contract_concluded', '2024-05-20'],
    ['started', '2024-09-02'],
  ],
  2: [
    ['started', '2024-06-15'],
    ['stalled', '2024-11-30', 'Waiting for the partner to confirm the site.'],
  ],
  3: [['cancelled', '2024-08-01', 'The partner withdrew.']],
  4: [['contract_concluded', '2024-06-01']],
  5: [['contract_concluded', '2024-06-05']],
  6: [['started', '2024-10-10']],
};

/**
 * Follow-up of the demo: the seed event's projects at various stages, and a sample event a year later
 * (co-hosted by the Hong Kong science park) with projects of its own, one re-signing an earlier project,
 * attendance and a speech by the park's chief executive, and an MoU with deliverables (two open, one
 * overdue and one due soon whenever the demo is recorded), so that the pipeline and the park's
 * counterpart page show history across years and the alerts list has alerts in force. The seed event itself is not
 * changed (its writeup stays as it is).
 */
@Injectable()
export class FollowUpDemo {
  constructor(
    private readonly db: TenantDb,
    private readonly events: EventsService,
    private readonly projects: SignedProjectsService,
    private readonly mous: MousService,
    private readonly attendance: AttendanceService,
    private readonly speeches: SpeechesService,
    private readonly pipeline: PipelineService,
    private readonly mouFollowUp: MouFollowUpService,
  ) {}

  record(actor: Actor, seedEventId: string): Promise<void> {
    return this.db.run(actor.workspaceId, async (em) => {
      const org = async (en: string) => {
        const [row] = await em.query<{ id: string }[]>(`SELECT id FROM organizations WHERE name->>'en' = $1`, [en]);
        if (!row) throw new Error(`demo organization missing: ${en}`);
        return row.id;
      };
      const hkstp = await org('Hong Kong Science and Technology Parks Corporation');
      const scoZone = await org('China-SCO Local Economic and Trade Cooperation Demonstration Zone');
      const scoHolding = await org('SCO Holding Group');
      const department = await org('Shandong Provincial Department of Science and Technology');
      const [wong] = await em.query<{ id: string }[]>(`SELECT id FROM people WHERE name->>'en' = 'Albert Wong'`);

      const seedProjects = await em.query<{ id: string }[]>(`SELECT id FROM signed_projects WHERE event_id = $1 ORDER BY ord, id`, [
        seedEventId,
      ]);
      for (const [index, moves] of Object.entries(SEED_PROGRESS)) {
        const project = seedProjects[Number(index)];
        if (!project) continue;
        for (const [stage, effectiveOn, note] of moves) await this.pipeline.addStageChange(actor, project.id, { stage, effectiveOn, note });
      }
      const [seedMou] = await em.query<{ id: string }[]>(`SELECT id FROM mous WHERE event_id = $1 ORDER BY ord, id LIMIT 1`, [seedEventId]);
      if (seedMou) {
        await this.mouFollowUp.update(actor, seedMou.id, { expiresOn: '2027-03-24', renewalOn: '2027-01-15' });
        await this.mouFollowUp.addDeliverable(actor, seedMou.id, {
          title: { zh: '揭牌运营联合创新中心', ja: '共同イノベーションセンターの開所', en: 'Open the joint innovation centre' },
          owner: 'SCO Holding Group',
          dueOn: '2024-09-30',
          status: 'done',
        });
      }

      const event = await this.events.create(actor, {
        title: SAMPLE_FOLLOW_UP_EVENT_TITLE,
        kind: 'exchange_meeting',
        startsAt: '2025-03-24T09:30:00+08:00',
        endsAt: '2025-03-24T12:00:00+08:00',
        timeZone: 'Asia/Shanghai',
        city: { zh: '青岛', ja: '青島', en: 'Qingdao' },
        status: 'held',
        hostIds: [department],
        coHostIds: [hkstp],
        sides: [
          { code: 'shandong', name: { zh: '山东', ja: '山東', en: 'Shandong' } },
          { code: 'hongkong', name: { zh: '香港', ja: '香港', en: 'Hong Kong' } },
        ],
      });
      if (wong) {
        await this.attendance.add(actor, event.id, { personId: wong.id, role: 'speaker', side: 'hongkong' });
        await this.speeches.create(actor, event.id, {
          speakerId: wong.id,
          kind: 'address',
          keyPoints: [
            {
              zh: '一年来联合实验室已投入运营，孵化合作进入新阶段。',
              ja: 'この一年で共同実験室が稼働し、インキュベーション協力は新たな段階に入った。',
              en: 'In one year the joint laboratory went into operation and incubation cooperation entered a new stage.',
            },
          ],
        });
      }
      const sample = [
        {
          zh: '港青生物医药孵化基地',
          ja: '香港・青島バイオ医薬インキュベーション拠点',
          en: 'Hong Kong-Qingdao biomedicine incubation base',
          sector: 'biomedicine',
          amount: '50000000.00',
          currency: 'CNY',
        },
        {
          zh: '跨境数据服务平台',
          ja: '越境データサービスプラットフォーム',
          en: 'Cross-border data service platform',
          sector: 'digital_economy',
          amount: '20000000.00',
          currency: 'HKD',
        },
        {
          zh: '海洋新材料联合研发项目',
          ja: '海洋新素材共同研究開発',
          en: 'Marine new materials joint research',
          sector: 'new_materials',
          amount: '30000000.00',
          currency: 'CNY',
        },
      ] as const;
      const created = [];
      for (const [order, p] of sample.entries()) {
        created.push(
          await this.projects.create(actor, event.id, {
            title: { zh: p.zh, ja: p.ja, en: p.en },
            sector: p.sector,
            amount: p.amount,
            currency: p.currency,
            order,
            partyIds: [hkstp, scoZone],
          }),
        );
      }
      await this.pipeline.addStageChange(actor, created[0].id, { stage: 'contract_concluded', effectiveOn: '2025-04-20' });
      await this.pipeline.addStageChange(actor, created[0].id, { stage: 'started', effectiveOn: '2025-06-01' });
      await this.pipeline.addStageChange(actor, created[0].id, {
        stage: 'funds_partly_in_place',
        effectiveOn: '2025-09-15',
        amountInPlace: '20000000.00',
        note: 'First tranche received.',
      });
      await this.pipeline.addStageChange(actor, created[1].id, { stage: 'funds_in_place', effectiveOn: '2025-08-01' });
      // the stalled project of the seed event, signed again at this meeting: counted once
      const again = await this.projects.create(actor, event.id, {
        title: {
          zh: '鲁港合作项目3（续签）',
          ja: '山東・香港協力プロジェクト3（再調印）',
          en: 'Shandong-Hong Kong cooperation project 3 (re-signed)',
        },
        sector: 'ai',
        order: sample.length,
        partyIds: [scoZone],
      });
      if (seedProjects[2]) await this.pipeline.update(actor, again.id, { resignedFrom: seedProjects[2].id });

      const mou = await this.mous.create(actor, event.id, {
        title: {
          zh: '联合孵化合作备忘录（2025—2027）',
          ja: '共同インキュベーション協力覚書（2025～2027年）',
          en: 'MoU on joint incubation 2025-2027',
        },
        status: 'signed',
        parties: [{ organizationId: scoHolding }, { organizationId: hkstp }],
      });
      await this.mouFollowUp.update(actor, mou.id, { expiresOn: '2027-03-23', note: 'Review at the 2026 meeting.' });
      await this.mouFollowUp.addDeliverable(actor, mou.id, {
        title: {
          zh: '联合举办创新创业大赛',
          ja: '共同イノベーション・起業コンテストの開催',
          en: 'Hold a joint innovation and start-up competition',
        },
        owner: 'HKSTP',
        ownerOrganizationId: hkstp,
        dueOn: '2025-10-31',
        status: 'done',
      });
      // the open deliverables are dated from the day the demo is recorded (the database's), so that whenever
      // it is, the alerts list one overdue and one due soon (within the default 14 days)
      const [due] = await em.query<{ overdue: string; soon: string }[]>(
        `SELECT to_char(current_date - 5, 'YYYY-MM-DD') AS overdue, to_char(current_date + 10, 'YYYY-MM-DD') AS soon`,
      );
      await this.mouFollowUp.addDeliverable(actor, mou.id, {
        title: { zh: '提交年度合作进展报告', ja: '年次協力進捗報告書の提出', en: 'Submit the annual cooperation progress report' },
        owner: 'HKSTP',
        ownerOrganizationId: hkstp,
        dueOn: due.overdue,
      });
      await this.mouFollowUp.addDeliverable(actor, mou.id, {
        title: { zh: '互派20家初创企业交流', ja: 'スタートアップ20社の相互派遣', en: 'Exchange visits of 20 start-ups' },
        owner: 'SCO Holding Group',
        ownerOrganizationId: scoHolding,
        dueOn: due.soon,
      });
    });
  }
}
