import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { FollowUpAlerts } from './agreements/followup-alerts.job.js';
import { MouFollowUpController } from './agreements/mou-followup.controller.js';
import { MouFollowUpService } from './agreements/mou-followup.service.js';
import { CounterpartsController } from './counterparts/counterparts.controller.js';
import { CounterpartsService } from './counterparts/counterparts.service.js';
import { FiguresController } from './figures/figures.controller.js';
import { FiguresService } from './figures/figures.service.js';
import { PipelineController } from './pipeline/pipeline.controller.js';
import { PipelineService } from './pipeline/pipeline.service.js';
import { FollowUpSettingsController } from './settings/followup-settings.controller.js';
import { FollowUpSettingsService } from './settings/followup-settings.service.js';

/** After the signing: the pipeline of signed projects, the follow-up of MoUs, period figures, the counterpart register. */
@Module({
  imports: [IdentityModule],
  controllers: [PipelineController, MouFollowUpController, FiguresController, CounterpartsController, FollowUpSettingsController],
  providers: [PipelineService, MouFollowUpService, FollowUpAlerts, FiguresService, CounterpartsService, FollowUpSettingsService],
  exports: [PipelineService, MouFollowUpService, FollowUpAlerts],
})
export class FollowUpModule {}
