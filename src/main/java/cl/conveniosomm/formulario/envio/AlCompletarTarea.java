package cl.conveniosomm.formulario.envio;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a feature records when one of its tasks is completed, once {@link ValidarTareaListener}
 * found nothing wrong with it (the approval's antecedentes and decreto). Runs in the completion's
 * transaction: a {@link org.camunda.bpm.engine.BadUserRequestException} rolls it back.
 */
public interface AlCompletarTarea {

  void alCompletar(DelegateTask task);
}
